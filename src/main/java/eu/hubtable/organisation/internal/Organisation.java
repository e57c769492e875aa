package eu.hubtable.organisation.internal;

import eu.hubtable.organisation.OrganisationKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private @Nullable String city;

    @Column(name = "country_code")
    private @Nullable String countryCode;

    private @Nullable String description;
    private @Nullable String website;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Organisation() {
        // for JPA
        this.name = "";
        this.kind = OrganisationKind.COMPANY;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Organisation(String name, OrganisationKind kind, Instant now) {
        this.name = name;
        this.kind = kind;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(@Nullable String city, @Nullable String countryCode, @Nullable String description,
            @Nullable String website) {
        this.city = city;
        this.countryCode = countryCode;
        this.description = description;
        this.website = website;
    }

    public Long getId() {
        if (id == null) {
            throw new IllegalStateException("Organisation not saved yet");
        }
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public @Nullable String getCity() {
        return city;
    }
}
