package com.collection.web.billing;

import com.collection.core.shared.DomainException;
import org.springframework.validation.BindingResult;

/** Puts a broken business rule next to its field, or on the whole form. */
final class FormErrors {

  private FormErrors() {
  }

  static void reject(BindingResult errors, DomainException e) {
    if (e.field() != null && errors.getTarget() != null
        && org.springframework.beans.BeanUtils.getPropertyDescriptor(errors.getTarget().getClass(), e.field()) != null) {
      errors.rejectValue(e.field(), e.code(), e.args(), e.code());
    } else {
      errors.reject(e.code(), e.args(), e.code());
    }
  }
}
