package eu.hubtable.agenda.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import eu.hubtable.member.DirectoryFilter;
import eu.hubtable.member.DirectoryOrder;
import eu.hubtable.member.MemberDirectory;
import eu.hubtable.member.MemberProfile;
import eu.hubtable.member.Profiles;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Members picked by id (a live form carries ids, not objects): searched in the directory, named
 * from what was seen so far, and looked up once when an id arrives from someone else's screen.
 */
final class MemberNames {

    private final MemberDirectory directory;
    private final Profiles profiles;
    private final Map<Long, String> names = new ConcurrentHashMap<>();
    private final String formerMember;

    MemberNames(MemberDirectory directory, Profiles profiles, String formerMember) {
        this.directory = directory;
        this.profiles = profiles;
        this.formerMember = formerMember;
    }

    void know(@Nullable Long memberId, @Nullable String name) {
        if (memberId != null && name != null) {
            names.put(memberId, name);
        }
    }

    String nameOf(@Nullable Long memberId) {
        if (memberId == null) {
            return "";
        }
        return names.computeIfAbsent(memberId, id -> profiles.profileOf(id).map(MemberProfile::displayName).orElse(formerMember));
    }

    ComboBox<Long> picker(String label) {
        ComboBox<Long> picker = new ComboBox<>(label);
        picker.setItems(query -> directory.search(new DirectoryFilter(query.getFilter().orElse(null), null, null, null, null),
                DirectoryOrder.NAME, false, query.getOffset(), query.getLimit()).stream().map(card -> {
                    names.put(card.id(), card.displayName());
                    return card.id();
                }));
        picker.setItemLabelGenerator(this::nameOf);
        picker.setClearButtonVisible(true);
        return picker;
    }
}
