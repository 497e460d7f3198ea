/**
 * The dialog engine: definitions (steps, options, branches, ends) read from {@code dialogs/},
 * their validation, the running {@link com.mesoplan.dialog.DialogState} of a conversation, and
 * the Mermaid drawing. Plain Java: no Spring, no Telegram, no I/O.
 */
package com.mesoplan.dialog;
