package com.mesoplan.dialog;

import com.mesoplan.i18n.Text;

/** The result of an answer: the dialog moved on, or the answer was refused with a hint. */
public sealed interface Turn permits Turn.Moved, Turn.Rejected {

  record Moved(DialogState state) implements Turn {}

  /** Nothing changed; the hint says what is expected. */
  record Rejected(Text hint) implements Turn {}
}
