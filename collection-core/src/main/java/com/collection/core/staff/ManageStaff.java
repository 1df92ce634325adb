package com.collection.core.staff;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.Changes;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An admin's work on staff accounts: create, edit, reset a password, assign buildings. */
@Service
public class ManageStaff {

  private final StaffMembers staff;
  private final PasswordHasher hasher;
  private final Audit audit;

  public ManageStaff(StaffMembers staff, PasswordHasher hasher, Audit audit) {
    this.staff = staff;
    this.hasher = hasher;
    this.audit = audit;
  }

  @Transactional
  public StaffMember create(String username, String displayName, Role role, String firstPassword) {
    StaffMember member = StaffMember.create(username, displayName, role, firstPassword, hasher);
    if (staff.usernameTaken(member.username())) {
      throw DomainException.onField("username", "staff.username.taken", member.username());
    }
    StaffMember saved = staff.save(member);
    audit.of(AuditAction.STAFF_CREATED, saved.id()).write(Changes.none().set("username", saved.username())
        .set("displayName", saved.displayName()).set("role", saved.role()).set("enabled", saved.enabled()));
    return saved;
  }

  /** Edits name, role and whether the account may sign in; an admin can't lock themselves out. */
  @Transactional
  public StaffMember edit(long actingAdminId, long staffId, String displayName, Role role,
      boolean enabled) {
    StaffMember member = byId(staffId);
    if (staffId == actingAdminId && (role != Role.ADMIN || !enabled)) {
      throw DomainException.onField("role", "staff.selfLockout");
    }
    StaffMember saved = staff.save(member.edit(displayName, role, enabled));
    Changes changes = Changes.none().change("displayName", member.displayName(), saved.displayName())
        .change("role", member.role(), saved.role()).change("enabled", member.enabled(), saved.enabled());
    if (!changes.isEmpty()) {
      audit.of(AuditAction.STAFF_CHANGED, staffId).by(actingAdminId).write(changes);
    }
    return saved;
  }

  @Transactional
  public StaffMember resetPassword(long staffId, String oneTimePassword) {
    StaffMember before = byId(staffId);
    StaffMember saved = staff.save(before.resetPassword(oneTimePassword, hasher));
    // never the password nor its hash: only that it must be changed at the next sign-in
    audit.of(AuditAction.STAFF_PASSWORD_RESET, staffId).write(Changes.none()
        .change("mustChangePassword", before.mustChangePassword(), true));
    return saved;
  }

  @Transactional
  public StaffMember assignBuildings(long staffId, Set<Long> buildingIds) {
    StaffMember before = byId(staffId);
    StaffMember saved = staff.save(before.assignBuildings(buildingIds));
    Changes changes = Changes.none().change("buildingIds", before.buildingIds(), saved.buildingIds());
    if (!changes.isEmpty()) {
      audit.of(AuditAction.STAFF_BUILDINGS_ASSIGNED, staffId).write(changes);
    }
    return saved;
  }

  @Transactional(readOnly = true)
  public StaffMember byId(long staffId) {
    return staff.byId(staffId).filter(m -> !StaffMember.SYSTEM_USERNAME.equals(m.username()))
        .orElseThrow(() -> new NotFoundException("staff", staffId));
  }

  @Transactional(readOnly = true)
  public List<StaffMember> all() {
    return staff.all();
  }
}
