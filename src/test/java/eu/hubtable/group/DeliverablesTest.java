package eu.hubtable.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.member.MemberErased;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.support.ServiceTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The working group's roadmap for the ministry: owned by Paul, moved forward by him or a co-lead, once per version. */
@RecordApplicationEvents
class DeliverablesTest extends ServiceTest {

    @Autowired
    WorkingGroups groups;

    @Autowired
    Deliverables deliverables;

    @Autowired
    Organisations organisations;

    @Autowired
    ApplicationEvents published;

    @Autowired
    GroupDataSection dataSection;

    @Autowired
    ApplicationEventPublisher publisher;

    MemberPrincipal manon;
    MemberPrincipal paul;
    MemberPrincipal olga;
    long hub;
    long group;

    @BeforeEach
    void groupWithAMember() {
        manon = newMember("Manon Hub");
        paul = newMember("Paul Member");
        olga = newMember("Olga Observer");
        hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Creative Hub " + manon.memberId(), OrganisationKind.HUB, null, null, null, null));
            organisations.addMember(id, manon.memberId(), MembershipRole.MANAGER);
            organisations.addMember(id, paul.memberId(), MembershipRole.MEMBER);
            return id;
        });
        signIn(manon);
        group = groups.create(hub, "Internationalisation", null);
        groups.invite(group, olga.memberId(), GroupRole.OBSERVER);
        signIn(paul);
        long request = groups.requestToJoin(group);
        signIn(olga);
        groups.answer(groups.page(group).invitationId(), true);
        signIn(manon);
        groups.answer(request, true);
    }

    @Test
    void badFieldsAreRefusedByFieldAndNothingIsStored() {
        assertThatThrownBy(() -> deliverables.add(group, " ", manon.memberId(), null, "ftp://x"))
                .isInstanceOfSatisfying(GroupRejected.class, rejected -> assertThat(rejected.problems())
                        .containsEntry(GroupRejected.Field.TITLE, "group.deliverable.title.required")
                        .containsEntry(GroupRejected.Field.LINK, "group.deliverable.link.invalid"));
        MemberPrincipal stranger = newMember("Sam Stranger");
        assertThatThrownBy(() -> deliverables.add(group, "Roadmap", stranger.memberId(), null, null))
                .isInstanceOfSatisfying(GroupRejected.class, rejected -> assertThat(rejected.problems())
                        .containsEntry(GroupRejected.Field.OWNER, "group.deliverable.owner.not-member"));
        assertThat(deliverables.of(group)).isEmpty();
        signIn(paul);
        assertThatThrownBy(() -> deliverables.add(group, "Roadmap", null, null, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyForwardByTheOwnerOrACoLeadFromTheVersionTheySaw() {
        long roadmap = deliverables.add(group, "Export roadmap", paul.memberId(), LocalDate.of(2027, 3, 1), "https://example.org/roadmap");
        signIn(olga);
        Deliverable seen = deliverables.of(group).getFirst();
        assertThat(seen.ownerName()).isEqualTo("Paul Member");
        assertThatThrownBy(() -> deliverables.advance(roadmap, seen.version())).isInstanceOf(AccessDeniedException.class);

        signIn(paul);
        assertThat(deliverables.advance(roadmap, seen.version())).isEqualTo(DeliverableStatus.IN_REVIEW);
        signIn(manon);
        assertThatThrownBy(() -> deliverables.advance(roadmap, seen.version())).hasMessage("group.deliverable.changed");
        assertThat(deliverables.of(group).getFirst().status()).isEqualTo(DeliverableStatus.IN_REVIEW);
        assertThat(published.stream(DeliverableDelivered.class)).isEmpty();
        assertThat(deliverables.advance(roadmap, deliverables.of(group).getFirst().version())).isEqualTo(DeliverableStatus.DELIVERED);
        assertThat(published.stream(DeliverableDelivered.class)).singleElement()
                .satisfies(delivered -> assertThat(delivered.organisationId()).isEqualTo(hub));
        assertThatThrownBy(() -> deliverables.advance(roadmap, deliverables.of(group).getFirst().version()))
                .hasMessage("group.deliverable.delivered");
    }

    @Test
    void documentsAreRecognisedByContentAndTooBigOrNonDocumentsAreNotStored() throws IOException {
        long roadmap = deliverables.add(group, "Export roadmap", paul.memberId(), null, null);
        assertThatThrownBy(() -> deliverables.attach(roadmap, "roadmap.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("group.deliverable.file.not-document");
        assertThatThrownBy(() -> deliverables.attach(roadmap, "photos.zip", zip("photo.jpg", "jpeg")))
                .hasMessage("group.deliverable.file.not-document");
        byte[] huge = new byte[Deliverables.MAX_FILE_BYTES + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);
        assertThatThrownBy(() -> deliverables.attach(roadmap, "roadmap.pdf", huge)).hasMessage("group.deliverable.file.too-big");
        assertThat(deliverables.file(roadmap)).isEmpty();

        signIn(paul);
        deliverables.attach(roadmap, "roadmap.odt", odt());
        assertThat(deliverables.file(roadmap)).hasValueSatisfying(file -> {
            assertThat(file.name()).isEqualTo("roadmap.odt");
            assertThat(file.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        });
        deliverables.attach(roadmap, "roadmap.docx", zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"));
        assertThat(deliverables.file(roadmap).orElseThrow().mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        deliverables.attach(roadmap, "roadmap.pdf", "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        assertThat(deliverables.of(group).getFirst().fileName()).isEqualTo("roadmap.pdf");

        MemberPrincipal stranger = newMember("Sam Stranger");
        signIn(stranger);
        assertThatThrownBy(() -> deliverables.file(roadmap)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anErasedOwnersDeliverableStaysWithTheGroupWithoutTheirName() {
        deliverables.add(group, "Export roadmap", paul.memberId(), null, null);
        assertThat(dataSection.exportFor(paul.memberId())).asString().contains("Export roadmap");
        publisher.publishEvent(new MemberErased(paul.memberId()));
        assertThat(deliverables.of(group)).singleElement().satisfies(roadmap -> {
            assertThat(roadmap.ownerId()).isNull();
            assertThat(roadmap.ownerName()).isNull();
        });
    }

    private static byte[] odt() throws IOException {
        return zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>");
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
