package com.mesoplan.documents;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateStart;
import biweekly.util.ICalDate;
import com.mesoplan.clinic.Clinic;
import com.mesoplan.conversation.Documents;
import com.mesoplan.conversation.PlanTexts;
import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import com.mesoplan.recommendation.TreatmentPlan;
import com.mesoplan.recommendation.TreatmentPlan.Phase;
import com.mesoplan.recommendation.TreatmentPlan.ProposedSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Makes the files a person can ask for: timeline picture, calendar, data export. */
public final class FileDocuments implements Documents {

  private final Messages messages;
  private final PlanTexts planTexts;
  private final Clinic clinic;
  private final JsonMapper json;
  private final Timeline timeline;

  public FileDocuments(Messages messages, PlanTexts planTexts, Clinic clinic, JsonMapper json,
      Clock clock) {
    this.messages = messages;
    this.planTexts = planTexts;
    this.clinic = clinic;
    this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    this.timeline = new Timeline(messages, clock);
  }

  @Override
  public byte[] timeline(TreatmentPlan plan, String language) {
    return timeline.png(plan, language);
  }

  @Override
  public byte[] calendar(TreatmentPlan plan, String language) {
    ICalendar calendar = new ICalendar();
    String consult = planTexts.consult(language, plan);
    int number = 1;
    for (ProposedSession session : plan.sessions()) {
      VEvent event = new VEvent();
      event.setSummary(messages.render(language, Text.of("calendar.event",
          "number", number++, "phase", session.phase() == Phase.LOADING ? "loading"
              : "maintenance", "clinic", clinic.name())));
      event.setDateStart(new DateStart(allDay(session.date())));
      event.setDescription(consult);
      clinic.address().ifPresent(event::setLocation);
      event.setUid("mesoplan-" + session.date() + "-" + number + "@mesoplan");
      calendar.addEvent(event);
    }
    return Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8);
  }

  private static ICalDate allDay(LocalDate date) {
    return new ICalDate(Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
  }

  @Override
  public byte[] export(Map<String, Object> data) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      json.writeValue(out, data);
      return out.toByteArray();
    } catch (RuntimeException e) {
      throw new UncheckedIOException(new IOException("the export could not be written", e));
    }
  }
}
