package com.mesoplan.app;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the files a clinic edits live. */
@ConfigurationProperties("mesoplan")
public record MesoplanFiles(String dataDir, String configDir, String dialogsDir) {}
