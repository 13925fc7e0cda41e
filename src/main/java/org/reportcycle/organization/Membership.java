package org.reportcycle.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.reportcycle.shared.Role;

/** A person's role for a unit; leaders carry their place in the sign-off order (1 = first). */
@Entity
@Table(name = "rc_membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "sign_order")
    private int signOrder;

    /** A leader who signs in parallel with the unit's other co-signers (会签) before the ordered chain. */
    @Column(name = "co_signer", nullable = false)
    private boolean coSigner;

    protected Membership() {}

    public Membership(Long userId, Long unitId, Role role, int signOrder) {
        this.userId = userId;
        this.unitId = unitId;
        this.role = role;
        this.signOrder = signOrder;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Role getRole() {
        return role;
    }

    public int getSignOrder() {
        return signOrder;
    }

    public boolean isCoSigner() {
        return coSigner;
    }

    /** Marks a leader as a co-signer (会签) or back as a signer in the ordered chain. */
    public void signInParallel(boolean parallel) {
        if (parallel && role != Role.LEADER) {
            throw new IllegalStateException("only a leader co-signs");
        }
        this.coSigner = parallel;
    }
}
