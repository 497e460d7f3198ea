/** Adapter: the pre-consultation as a local chat in a terminal. */
package com.mesoplan.channel.console;
