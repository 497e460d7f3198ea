/** Spring wiring: reads the clinic's files at start and assembles the plain-Java domain. */
package com.mesoplan.app;
