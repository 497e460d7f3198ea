/** Adapter: files for a person — the plan's timeline (JFreeChart), calendar (biweekly), export (JSON). */
package com.mesoplan.documents;
