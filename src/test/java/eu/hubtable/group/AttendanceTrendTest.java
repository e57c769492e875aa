package eu.hubtable.group;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.group.AttendanceTrend.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceTrendTest {

    @Test
    void theLastSessionIsComparedWithTheMeanOfTheOnesBeforeWithinFivePointsBeingSteady() {
        assertThat(AttendanceTrend.of(List.of()).direction()).isEqualTo(Direction.NO_SESSIONS);
        assertThat(AttendanceTrend.of(List.of(80.0)).direction()).isEqualTo(Direction.FIRST_SESSION);
        assertThat(AttendanceTrend.of(List.of(60.0, 72.0, 80.0)).direction()).as("80 against 66").isEqualTo(Direction.RISING);
        assertThat(AttendanceTrend.of(List.of(60.0, 70.0, 70.0)).direction()).as("70 against 65").isEqualTo(Direction.STEADY);
        assertThat(AttendanceTrend.of(List.of(60.0, 70.0, 59.9)).direction()).as("59.9 against 65").isEqualTo(Direction.FALLING);
        assertThat(AttendanceTrend.of(List.of(90.0, 80.0)).direction()).isEqualTo(Direction.FALLING);
    }

    @Test
    void onlyTheLastFiveSessionsCount() {
        AttendanceTrend trend = AttendanceTrend.of(List.of(0.0, 100.0, 100.0, 100.0, 100.0, 100.0));
        assertThat(trend.rates()).containsExactly(100.0, 100.0, 100.0, 100.0, 100.0);
        assertThat(trend.direction()).as("the empty first session has dropped out").isEqualTo(Direction.STEADY);
    }
}
