/**
 * Language-neutral texts ({@link com.mesoplan.i18n.Text}) and their rendering per language with
 * CLDR plural rules ({@link com.mesoplan.i18n.Messages}). Plain Java; the files are read by an
 * adapter.
 */
package com.mesoplan.i18n;
