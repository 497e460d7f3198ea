package com.mesoplan.config;

/** A dialog, message or configuration file that cannot be used; the message names file and entry. */
public class InvalidConfigurationException extends RuntimeException {

  private final String file;

  public InvalidConfigurationException(String file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  public String file() {
    return file;
  }
}
