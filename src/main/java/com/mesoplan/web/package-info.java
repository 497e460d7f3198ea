/** Adapter: the HTTP API for clinics' own systems (plans and check-in assessments). */
package com.mesoplan.web;
