package com.collection.web.system;

import com.collection.core.shared.DecimalText;
import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.springframework.beans.PropertyAccessException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The one binder every form field and request parameter goes through, so that each rule holds for
 * a form added later too:
 * <ul>
 *   <li>decimals (amounts, rates, areas) are judged by their shape before they are numbers
 *       ({@link DecimalText}: no exponent, NaN or full-width digits, at most 20 characters);</li>
 *   <li>dates are {@code yyyy-MM-dd} with a year from {@value #FIRST_YEAR} to {@value #LAST_YEAR}
 *       (no year 0001 or +999999999, which PostgreSQL refuses or no business means);</li>
 *   <li>text has no control characters (no field is multi-line; PostgreSQL refuses NUL) and at
 *       most {@value #MAX_TEXT_LENGTH} characters (each field's own limit comes after, with its
 *       message: this bound only keeps a huge value from being validated and echoed);</li>
 *   <li>no list grows from an indexed parameter ({@code billIds[255]=1}): the forms send lists as
 *       repeated names, so an index is a forged request ({@link RequestParameters} answers 400
 *       before binding; should one get here, {@link ErrorAdvice} does);</li>
 *   <li>a value refused here is shown again only by its first {@value #ECHOED_LENGTH} characters.</li>
 * </ul>
 * A refused value is a field error with the code {@code typeMismatch} (or {@code input.*} for
 * text), in the user's language; for a request parameter it is a 400 page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FormBinding {

  static final int MAX_TEXT_LENGTH = 500;
  static final int ECHOED_LENGTH = 40;
  static final int ECHOED_VALUES = 20;
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2999;

  @InitBinder
  void limits(WebDataBinder binder) {
    binder.setAutoGrowCollectionLimit(0);
    binder.setBindingErrorProcessor(new ShortEchoes());
    binder.registerCustomEditor(String.class, new TextEditor());
    binder.registerCustomEditor(BigDecimal.class, new DecimalEditor());
    binder.registerCustomEditor(LocalDate.class, new DateEditor());
  }

  /** A value this binder refuses, with the message code that says why. */
  static final class RefusedInput extends IllegalArgumentException {

    private final String code;

    RefusedInput(String code) {
      super(code);
      this.code = code;
    }
  }

  /** Text as typed, unless it holds a control character or is far too long for any field. */
  static final class TextEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
      if (text != null) {
        if (text.length() > MAX_TEXT_LENGTH) {
          throw new RefusedInput("input.tooLong");
        }
        if (hasControlCharacter(text)) {
          throw new RefusedInput("input.controlCharacters");
        }
      }
      setValue(text);
    }

    @Override
    public String getAsText() {
      Object value = getValue();
      return value == null ? "" : value.toString();
    }
  }

  /** ISO controls (U+0000–U+001F, U+007F–U+009F: NUL, tab, line breaks…) and unpaired surrogates. */
  static boolean hasControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        return true;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** A plain decimal ({@link DecimalText}); empty is no value. Shown without an exponent. */
  static final class DecimalEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
      if (!StringUtils.hasText(text)) {
        setValue(null);
        return;
      }
      setValue(DecimalText.parse(text).orElseThrow(() -> new IllegalArgumentException("not a plain decimal")));
    }

    @Override
    public String getAsText() {
      return getValue() instanceof BigDecimal value ? value.toPlainString() : "";
    }
  }

  /** {@code yyyy-MM-dd}, a real day of a year from {@value #FIRST_YEAR} to {@value #LAST_YEAR}; empty is no value. */
  static final class DateEditor extends PropertyEditorSupport {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
        .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public void setAsText(String text) {
      if (!StringUtils.hasText(text)) {
        setValue(null);
        return;
      }
      String clean = text.strip();
      if (clean.length() != 10) {
        throw new IllegalArgumentException("not yyyy-MM-dd");
      }
      LocalDate day;
      try {
        day = LocalDate.parse(clean, ISO);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a day", e);
      }
      if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
        throw new IllegalArgumentException("year out of range");
      }
      setValue(day);
    }

    @Override
    public String getAsText() {
      return getValue() instanceof LocalDate day ? day.format(ISO) : "";
    }
  }

  /**
   * Records a refused value as Spring does, but keeps only its first characters as the value the
   * page shows again (the fee-rate form once echoed a 100 MB number), and names the rule text
   * broke by its own code.
   */
  static final class ShortEchoes extends DefaultBindingErrorProcessor {

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
      String field = ex.getPropertyName();
      if (field == null) {
        super.processPropertyAccessException(ex, bindingResult);
        return;
      }
      String code = ex.getErrorCode();
      for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
        if (cause instanceof RefusedInput refused) {
          code = refused.code;
        }
      }
      String objectName = bindingResult.getObjectName();
      FieldError error = new FieldError(objectName, field, shown(ex.getValue()), true,
          bindingResult.resolveMessageCodes(code, field), getArgumentsForBindError(objectName, field),
          "Not a valid value");
      error.wrap(ex);
      bindingResult.addError(error);
    }
  }

  /**
   * The first characters of a refused value (the first few values of a list), control characters
   * replaced: safe to show again.
   */
  static Object shown(Object value) {
    if (value instanceof String[] values) {
      return java.util.Arrays.stream(values).limit(ECHOED_VALUES).map(v -> (String) shown(v))
          .toArray(String[]::new);
    }
    if (!(value instanceof String text)) {
      return value;
    }
    String head = text.length() <= ECHOED_LENGTH ? text : text.substring(0, ECHOED_LENGTH) + "…";
    StringBuilder safe = new StringBuilder(head.length());
    head.codePoints().forEach(c -> safe.appendCodePoint(Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE
        ? '\uFFFD' : c));
    return safe.toString();
  }
}
