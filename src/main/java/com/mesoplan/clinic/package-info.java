/** The clinic's own settings: name, contacts, default cocktail, time zone. Plain Java. */
package com.mesoplan.clinic;
