package eu.hubtable.member.internal;

import eu.hubtable.member.ProfileLink;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class StoredLink {

    @Column(name = "url")
    private String url;

    @Column(name = "contacts_only")
    private boolean contactsOnly;

    protected StoredLink() {
        this.url = "";
    }

    StoredLink(String url, boolean contactsOnly) {
        this.url = url;
        this.contactsOnly = contactsOnly;
    }

    ProfileLink toLink() {
        return new ProfileLink(url, contactsOnly);
    }
}
