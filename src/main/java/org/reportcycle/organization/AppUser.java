package org.reportcycle.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who logs in. Administrators of the supervising office see every unit. */
@Entity
@Table(name = "rc_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private String email;

    @Column(nullable = false)
    private String locale = "zh";

    private boolean administrator;

    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected AppUser() {}

    public AppUser(String username, String displayName, String passwordHash, String email, boolean administrator) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.email = email;
        this.administrator = administrator;
    }

    public void changeLocale(String newLocale) {
        this.locale = newLocale;
    }

    public void update(String newDisplayName, String newEmail, boolean nowAdministrator) {
        this.displayName = newDisplayName;
        this.email = newEmail;
        this.administrator = nowAdministrator;
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    /** The person must choose a new password before doing anything else (set by an administrator). */
    public void setMustChangePassword(boolean must) {
        this.mustChangePassword = must;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** An inactive user cannot sign in; their history stays. */
    public void setActive(boolean nowActive) {
        this.active = nowActive;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getEmail() {
        return email;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public boolean isActive() {
        return active;
    }
}
