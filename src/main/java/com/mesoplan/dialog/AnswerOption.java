package com.mesoplan.dialog;

import java.util.Optional;

/**
 * One answer a person can pick: a stable id (part of button data, so never reworded), the key of
 * its label, the value it puts into the step's field, and where it leads when it branches.
 */
public record AnswerOption(String id, String label, String value, Optional<String> next) {}
