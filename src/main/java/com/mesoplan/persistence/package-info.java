/** Adapter: conversations in the database (H2 file or PostgreSQL) with a Caffeine cache. */
package com.mesoplan.persistence;
