package eu.hubtable.member.internal;

import eu.hubtable.core.security.Role;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.ContactVisibility;
import eu.hubtable.member.ProfileForm;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "member")
@EntityListeners(MemberIndexing.class)
public class Member {

    public enum Status { ACTIVE, ERASED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    private @Nullable String headline;
    private @Nullable String city;

    @Column(name = "country_code")
    private @Nullable String countryCode;

    private String locale;

    @Enumerated(EnumType.STRING)
    private Status status = Status.ACTIVE;

    private @Nullable String bio;
    private @Nullable String offer;
    private @Nullable String need;
    private @Nullable String phone;
    private @Nullable String website;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_visibility")
    private ContactVisibility contactVisibility = ContactVisibility.CONTACTS;

    @Column(name = "skills_text")
    private @Nullable String skillsText;

    @ElementCollection
    @CollectionTable(name = "member_sector", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "sector")
    @Enumerated(EnumType.STRING)
    private Set<Sector> sectors = EnumSet.noneOf(Sector.class);

    @ElementCollection
    @CollectionTable(name = "member_language", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "language")
    private Set<String> languages = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "member_skill", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "skill")
    private Set<String> skills = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "member_link", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "position")
    private List<StoredLink> links = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    // engagement_consent_at is deliberately not mapped: EngagementConsent alone writes it, one statement
    // at a time, so saving this entity (a profile from an older tab) can never overwrite a consent.

    protected Member() {
        // for JPA
        this.email = "";
        this.passwordHash = "";
        this.displayName = "";
        this.locale = "en";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Member(String email, String passwordHash, String displayName, Locale locale, Set<Role> roles, Instant now) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.locale = locale.toLanguageTag();
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void setProfile(@Nullable String headline, @Nullable String city, @Nullable String countryCode) {
        this.headline = headline;
        this.city = city;
        this.countryCode = countryCode;
    }

    /** Replaces the whole profile with what the member saved (already validated by the service). */
    public void updateProfile(ProfileForm form, Instant now) {
        this.displayName = form.displayName();
        this.headline = form.headline();
        this.bio = form.bio();
        this.city = form.city();
        this.countryCode = form.countryCode();
        this.offer = form.offer();
        this.need = form.need();
        this.phone = form.phone();
        this.website = form.website();
        this.contactVisibility = form.contactVisibility();
        this.sectors.clear();
        this.sectors.addAll(form.sectors());
        this.languages.clear();
        this.languages.addAll(form.languages());
        this.skills.clear();
        this.skills.addAll(form.skills());
        this.skillsText = form.skills().isEmpty() ? null : String.join(" ", form.skills());
        this.links.clear();
        form.links().forEach(link -> this.links.add(new StoredLink(link.url(), link.contactsOnly())));
        this.updatedAt = now;
    }

    public void choosePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    /**
     * The account goes: nothing that identifies the person stays. The row remains as a tombstone so
     * what they wrote (chat, posts) keeps an author that reads "former member"; their email is free
     * to register again.
     */
    public void erase(String unusablePasswordHash, Instant now) {
        this.email = "erased-" + getId() + "@erased.invalid";
        this.passwordHash = unusablePasswordHash;
        this.displayName = "-";
        this.headline = null;
        this.bio = null;
        this.city = null;
        this.countryCode = null;
        this.offer = null;
        this.need = null;
        this.phone = null;
        this.website = null;
        this.skillsText = null;
        this.contactVisibility = ContactVisibility.CONTACTS;
        this.sectors.clear();
        this.languages.clear();
        this.skills.clear();
        this.links.clear();
        this.roles.clear();
        this.status = Status.ERASED;
        this.updatedAt = now;
    }

    public ProfileForm toForm() {
        return new ProfileForm(version, displayName, headline, bio, city, countryCode, Set.copyOf(languages), sectors.isEmpty()
                ? Set.of() : EnumSet.copyOf(sectors), Set.copyOf(skills), offer, need, phone, website, contactVisibility,
                links.stream().map(StoredLink::toLink).toList());
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        if (id == null) {
            throw new IllegalStateException("Member not saved yet");
        }
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getHeadline() {
        return headline;
    }

    public @Nullable String getCity() {
        return city;
    }

    public @Nullable String getCountryCode() {
        return countryCode;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public Status getStatus() {
        return status;
    }

    public Set<Role> getRoles() {
        return roles;
    }
}
