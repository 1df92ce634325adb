package com.collection.web.system;

import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Turns a broken domain rule into a message on the form: next to its field when the form has that
 * field, above the form otherwise. "Not found" and "refused" are not form errors and go on to the
 * error pages.
 */
public final class FormErrors {

  private FormErrors() {
  }

  /** For actions without a form: "not found" and "refused" go on to the error pages, rules become a message. */
  public static void rethrowIfNotARule(DomainException e) {
    if (e instanceof NotFoundException || e instanceof AccessRefusedException) {
      throw e;
    }
  }

  public static void reject(BindingResult errors, DomainException e) {
    if (e instanceof NotFoundException || e instanceof AccessRefusedException) {
      throw e;
    }
    String field = e.field();
    Object target = errors.getTarget();
    if (field != null && target != null && new BeanWrapperImpl(target).isReadableProperty(field)) {
      errors.rejectValue(field, e.code(), e.args(), e.code());
    } else {
      errors.reject(e.code(), e.args(), e.code());
    }
  }
}
