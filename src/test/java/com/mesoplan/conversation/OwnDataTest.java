package com.mesoplan.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.mesoplan.recommendation.TreatmentPlan;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** /plan, /calendar, /export and /delete on a finished pre-consultation. */
class OwnDataTest {

  private final Chats chats = new Chats();

  private void finishThePreConsultation() {
    for (String line : List.of("/start", "1", "40", "4", "12", "4", "2", "2", "2", "3", "2", "2",
        "1", "4", "1")) {
      chats.send("c", line, "en");
    }
    assertThat(chats.plans.find("c")).isPresent();
  }

  private Reply command(String line) {
    return chats.service.handle("c", Incoming.fromLine(line), Optional.of("en"));
  }

  private static Attachment attachmentOf(Reply reply) {
    return reply.messages().stream().map(Reply.Message::attachment).flatMap(Optional::stream)
        .findFirst().orElseThrow();
  }

  @Test
  void withoutAPlanTheCommandsSaySo() {
    chats.send("c", "/start", "en");
    assertThat(Chats.render(command("/plan"))).contains("There is no plan yet");
    assertThat(Chats.render(command("/calendar"))).contains("There is no plan yet");
  }

  @Test
  void aLoadingPhaseWhoseEndsMeetReadsAsOneNumberAndIsNeverASingleSession() {
    // radiance, mild, cocktail unknown (hyaluronic acid: one fewer) and LED (one fewer) would
    // leave 1 session; a loading phase is a series, so the guard keeps 2
    for (String line : List.of("/start", "1", "35", "4", "12", "2", "1", "2", "2", "5", "2", "2",
        "1", "3", "1")) {
      chats.send("c", line, "en");
    }
    assertThat(Chats.render(command("/plan"))).contains("Loading phase: 2 sessions,")
        .doesNotContain("2–2").contains("a loading phase has between 2 and 6 sessions");
  }

  @Test
  void planShowsThePlanAgainWithATimelinePicture() throws IOException {
    finishThePreConsultation();
    Reply reply = command("/plan");
    assertThat(Chats.render(reply)).contains("Loading phase: 4–5 sessions");
    Attachment picture = attachmentOf(reply);
    assertThat(picture.kind()).isEqualTo(Attachment.Kind.PICTURE);
    assertThat(picture.content()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.content()));
    assertThat(image.getWidth()).isEqualTo(900);
    assertThat(image.getHeight()).isEqualTo(320);
    assertThat(picture.content().length).isBetween(5_000, 300_000);
  }

  @Test
  void calendarHoldsOneEventOnEachProposedDate() {
    finishThePreConsultation();
    Attachment file = attachmentOf(command("/calendar"));
    assertThat(file.fileName()).endsWith(".ics");
    ICalendar calendar = Biweekly.parse(new String(file.content(), StandardCharsets.UTF_8)).first();
    TreatmentPlan plan = chats.plans.find("c").orElseThrow();
    List<VEvent> events = calendar.getEvents();
    assertThat(events).hasSize(plan.sessions().size());
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).getDateStart().getValue().hasTime()).isFalse();
      assertThat(events.get(i).getDateStart().getValue().toInstant()
          .atZone(ZoneId.systemDefault()).toLocalDate()).isEqualTo(plan.sessions().get(i).date());
      assertThat(events.get(i).getSummary().getValue())
          .startsWith("Mesotherapy session " + (i + 1));
    }
    assertThat(events.get(0).getLocation().getValue()).isEqualTo("1 Example Street, London");
  }

  @Test
  void exportIsAJsonFileWithEverythingStored() throws IOException {
    finishThePreConsultation();
    Attachment file = attachmentOf(command("/export"));
    assertThat(file.mediaType()).isEqualTo("application/json");
    JsonNode export = JsonMapper.builder().build().readTree(file.content());
    assertThat(export.path("preConsultation").path("answers").path("age").asString())
        .isEqualTo("40");
    assertThat(export.path("preConsultation").path("status").asString()).isEqualTo("OK");
  }

  @Test
  void deleteAsksFirstThenErasesEverything() {
    finishThePreConsultation();
    assertThat(Chats.render(command("/delete"))).contains("/delete confirm");
    assertThat(chats.store.find("c")).isPresent();
    assertThat(Chats.render(command("/delete confirm"))).contains("everything I stored about you has been erased");
    assertThat(chats.store.find("c")).isEmpty();
    assertThat(chats.plans.find("c")).isEmpty();
  }
}
