/**
 * Reads the files a clinic edits ({@code dialogs/}, {@code dialogs/messages/}, {@code config/})
 * into the domain's types and stops the start with the file and entry of any problem.
 */
package com.mesoplan.config;
