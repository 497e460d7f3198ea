package com.mesoplan.web;

/** A request body the API cannot use; names the field. */
class BadRequest extends RuntimeException {

  private final String field;

  BadRequest(String field, String message) {
    super(message);
    this.field = field;
  }

  String field() {
    return field;
  }
}
