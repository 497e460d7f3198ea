package com.mesoplan.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad input becomes a 400 {@code application/problem+json} naming the field, never a 500. */
@RestControllerAdvice
class ApiErrors {

  @ExceptionHandler(BadRequest.class)
  ProblemDetail badRequest(BadRequest e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        e.field() + " " + e.getMessage());
    problem.setTitle("Invalid request");
    problem.setProperty("field", e.field());
    return problem;
  }
}
