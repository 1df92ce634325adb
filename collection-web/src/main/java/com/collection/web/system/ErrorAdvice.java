package com.collection.web.system;

import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * No page ever shows a stack trace: not found becomes a 404 page, a broken rule or bad request
 * parameter a 400 page with the message in the user's language, anything else a 500 page that
 * only says something went wrong (the details go to the log).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAdvice {

  private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

  @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
  String notFound(HttpServletResponse response, Model model) {
    return page(response, model, 404, "error.notFound.page", new Object[0]);
  }

  @ExceptionHandler({AccessRefusedException.class, AccessDeniedException.class})
  String refused(HttpServletResponse response, Model model) {
    response.setStatus(403);
    return "denied";
  }

  @ExceptionHandler(DomainException.class)
  String ruleBroken(DomainException e, HttpServletResponse response, Model model) {
    return page(response, model, 400, e.code(), e.args());
  }

  /**
   * A parameter of the wrong type or missing, a page's form parameters that don't bind (a GET of a
   * form page has no field errors to show), or one no form has (an indexed list entry such as
   * {@code billIds[255]}, which {@link FormBinding} does not let grow a list): a forged or broken
   * request, not worth more than a debug line.
   */
  @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
      BindException.class, InvalidPropertyException.class})
  String badRequest(Exception e, HttpServletResponse response, Model model) {
    log.debug("Bad request: {}", e.getMessage());
    return page(response, model, 400, "error.badRequest", new Object[0]);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  String methodNotAllowed(HttpServletResponse response, Model model) {
    return page(response, model, 405, "error.badRequest", new Object[0]);
  }

  @ExceptionHandler(Exception.class)
  String unexpected(Exception e, HttpServletResponse response, Model model) {
    log.error("Unexpected error", e);
    return page(response, model, 500, "error.unexpected", new Object[0]);
  }

  private static String page(HttpServletResponse response, Model model, int status, String code,
      Object[] args) {
    response.setStatus(status);
    model.addAttribute("status", status);
    model.addAttribute("messageCode", code);
    model.addAttribute("messageArgs", args);
    return "error";
  }
}
