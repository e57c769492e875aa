package eu.hubtable.impact;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.event.RsvpConfirmed;
import eu.hubtable.member.MemberErased;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImpactDataSectionTest extends ImpactTest {

    @Autowired
    private ImpactDataSection section;

    @Test
    void aMembersActivityIsExportedAndErasedWhileTheHubsCountsStay() {
        givenAHub();
        long lea = member("Léa", hub);
        long tom = member("Tom", hub);
        publisher.publishEvent(new RsvpConfirmed(1, hub, lea, march(2)));
        publisher.publishEvent(new RsvpConfirmed(1, hub, tom, march(2)));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) section.exportFor(lea);
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsEntry("kind", "RSVP_CONFIRMED").containsEntry("hub_id", hub));

        publisher.publishEvent(new MemberErased(lea));

        assertThat((List<?>) section.exportFor(lea)).isEmpty();
        HubIndicators figures = asManager(MARCH_1, MARCH_10);
        assertThat(figures.figure(Indicator.RSVPS).current()).isEqualTo(2.0);
        assertThat(figures.figure(Indicator.ACTIVE_MEMBERS).current()).isEqualTo(1.0);
    }
}
