package com.mesoplan.app;

import com.mesoplan.config.InvalidConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad dialog or configuration file into a short message instead of a stack trace. */
class InvalidConfigurationFailureAnalyzer
    extends AbstractFailureAnalyzer<InvalidConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, InvalidConfigurationException cause) {
    return new FailureAnalysis("mesoplan cannot start: " + cause.getMessage(),
        "Correct " + cause.file() + " and start mesoplan again.", cause);
  }
}
