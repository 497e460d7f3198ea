package com.mesoplan.documents;

import com.mesoplan.i18n.Messages;
import com.mesoplan.recommendation.TreatmentPlan;
import com.mesoplan.recommendation.TreatmentPlan.Phase;
import com.mesoplan.recommendation.TreatmentPlan.ProposedSession;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The plan as a picture: loading and maintenance sessions in two lanes on a date axis, sessions
 * already past in grey, and a line at today.
 */
final class Timeline {

  static final int WIDTH = 900;
  static final int HEIGHT = 320;
  private static final Color LOADING = new Color(0x2E7D6B);
  private static final Color MAINTENANCE = new Color(0x3F6FB5);
  private static final Color PAST = new Color(0x9E9E9E);

  private final Messages messages;
  private final Clock clock;

  Timeline(Messages messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  byte[] png(TreatmentPlan plan, String language) {
    XYSeries loading = new XYSeries(messages.render(language, "timeline.loading"));
    XYSeries maintenance = new XYSeries(messages.render(language, "timeline.maintenance"));
    XYSeries past = new XYSeries(messages.render(language, "timeline.past"));
    LocalDate today = LocalDate.now(clock);
    for (ProposedSession session : plan.sessions()) {
      double lane = session.phase() == Phase.LOADING ? 1 : 2;
      XYSeries series = session.date().isBefore(today) ? past
          : session.phase() == Phase.LOADING ? loading : maintenance;
      series.add(millis(session.date()), lane);
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(loading);
    data.addSeries(maintenance);
    data.addSeries(past);
    return render(chart(data, language, today));
  }

  private JFreeChart chart(XYSeriesCollection data, String language, LocalDate today) {
    DateAxis dates = new DateAxis();
    SimpleDateFormat format = new SimpleDateFormat("d MMM yy", Locale.forLanguageTag(language));
    format.setTimeZone(TimeZone.getTimeZone("UTC"));
    dates.setDateFormatOverride(format);
    dates.setTimeZone(TimeZone.getTimeZone("UTC"));
    SymbolAxis lanes = new SymbolAxis(null, new String[] {"",
        messages.render(language, "timeline.loading"),
        messages.render(language, "timeline.maintenance")});
    lanes.setRange(0.3, 2.7);
    XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
    Ellipse2D.Double dot = new Ellipse2D.Double(-7, -7, 14, 14);
    Color[] colours = {LOADING, MAINTENANCE, PAST};
    for (int i = 0; i < colours.length; i++) {
      dots.setSeriesShape(i, dot);
      dots.setSeriesPaint(i, colours[i]);
    }
    XYPlot plot = new XYPlot(data, dates, lanes, dots);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xE0E0E0));
    ValueMarker now = new ValueMarker(millis(today), new Color(0xC62828), new BasicStroke(1.5f));
    now.setLabel(messages.render(language, "timeline.today"));
    plot.addDomainMarker(now);
    JFreeChart chart = new JFreeChart(messages.render(language, "timeline.title"),
        new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static double millis(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private static byte[] render(JFreeChart chart) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
