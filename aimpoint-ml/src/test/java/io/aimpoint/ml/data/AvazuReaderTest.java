package io.aimpoint.ml.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.ml.feature.FeatureHasher;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvazuReaderTest {
  private static final String HEADER =
      "id,click,hour,C1,banner_pos,site_id,site_domain,site_category,app_id,app_domain,"
          + "app_category,device_id,device_ip,device_model,device_type,device_conn_type,"
          + "C14,C15,C16,C17,C18,C19,C20,C21";
  private static final String ROW_TAIL =
      ",1005,0,1fbe01fe,f3845767,28905ebd,ecad2386,7801e8d9,07d7df22,a99f214a,ddd2926e,"
          + "44956a24,1,2,15706,320,50,1722,0,35,-1,79";
  private static final FeatureHasher HASHER = AvazuReader.hasher(22);

  private static AvazuReader reader(String text) {
    return new AvazuReader(
        new BufferedReader(new StringReader(text)), "avazu", HASHER, ReaderOptions.DEFAULTS);
  }

  @Test
  void turns_hour_into_hour_of_day_and_weekday() {
    // 2014-10-21 was a Tuesday
    AvazuReader r = reader(HEADER + "\n1000009418151094273,0,14102117" + ROW_TAIL + "\n");
    Example e = r.next();
    Features f = e.features();
    assertThat(e.label()).isZero();
    assertThat(f.size()).isEqualTo(23);
    int hourField = HASHER.fieldId("hour_of_day");
    int weekdayField = HASHER.fieldId("weekday");
    assertThat(indexOfField(f, hourField))
        .isEqualTo(HASHER.index(hourField, HASHER.valueHash(hourField, 17L)));
    assertThat(indexOfField(f, weekdayField))
        .isEqualTo(HASHER.index(weekdayField, HASHER.valueHash(weekdayField, 2L)));
    int site = HASHER.fieldId("site_id");
    assertThat(indexOfField(f, site)).isEqualTo(HASHER.index(site, "1fbe01fe"));
  }

  private static int indexOfField(Features f, int field) {
    for (int i = 0; i < f.size(); i++) {
      if (f.field(i) == field) {
        return f.index(i);
      }
    }
    throw new AssertionError("no feature of field " + field);
  }

  @Test
  void counts_bad_hours_and_short_rows_by_line_number() {
    String text =
        String.join(
            "\n",
            HEADER,
            "1,1,14102100" + ROW_TAIL,
            "2,0,14130100" + ROW_TAIL,
            "3,0,141021" + ROW_TAIL,
            "4,0,14102125" + ROW_TAIL,
            "5,0,14102100,1005",
            "6,0,14102223" + ROW_TAIL);
    AvazuReader r = reader(text);
    List<Example> examples = r.stream().toList();
    assertThat(examples).extracting(Example::label).containsExactly(1, 0);
    assertThat(r.report().lines()).isEqualTo(7);
    assertThat(r.report().firstBadLines())
        .extracting(ReadReport.BadLine::lineNumber)
        .containsExactly(3L, 4L, 5L, 6L);
    assertThat(r.report().firstBadLines().get(0).reason()).contains("'14130100'");
  }

  @Test
  void an_empty_value_is_the_field_missing_value() {
    String row = "1,0,14102100" + ROW_TAIL.replace(",1fbe01fe,", ",,");
    Features f = reader(HEADER + "\n" + row).next().features();
    int site = HASHER.fieldId("site_id");
    assertThat(indexOfField(f, site)).isEqualTo(HASHER.index(site, HASHER.missingHash(site)));
  }

  @Test
  void rejects_a_header_without_click_or_with_unknown_columns() {
    assertThatThrownBy(() -> reader("id,hour,C1\n")).hasMessageContaining("'click'");
    assertThatThrownBy(() -> reader("id,click,hour,extra\n")).hasMessageContaining("name=extra");
  }
}
