package com.collection.core.staff;

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

  public ManageStaff(StaffMembers staff, PasswordHasher hasher) {
    this.staff = staff;
    this.hasher = hasher;
  }

  @Transactional
  public StaffMember create(String username, String displayName, Role role, String firstPassword) {
    StaffMember member = StaffMember.create(username, displayName, role, firstPassword, hasher);
    if (staff.usernameTaken(member.username())) {
      throw DomainException.onField("username", "staff.username.taken", member.username());
    }
    return staff.save(member);
  }

  /** Edits name, role and whether the account may sign in; an admin can't lock themselves out. */
  @Transactional
  public StaffMember edit(long actingAdminId, long staffId, String displayName, Role role,
      boolean enabled) {
    StaffMember member = byId(staffId);
    if (staffId == actingAdminId && (role != Role.ADMIN || !enabled)) {
      throw DomainException.onField("role", "staff.selfLockout");
    }
    return staff.save(member.edit(displayName, role, enabled));
  }

  @Transactional
  public StaffMember resetPassword(long staffId, String oneTimePassword) {
    return staff.save(byId(staffId).resetPassword(oneTimePassword, hasher));
  }

  @Transactional
  public StaffMember assignBuildings(long staffId, Set<Long> buildingIds) {
    return staff.save(byId(staffId).assignBuildings(buildingIds));
  }

  @Transactional(readOnly = true)
  public StaffMember byId(long staffId) {
    return staff.byId(staffId).orElseThrow(() -> new NotFoundException("staff", staffId));
  }

  @Transactional(readOnly = true)
  public List<StaffMember> all() {
    return staff.all();
  }
}
