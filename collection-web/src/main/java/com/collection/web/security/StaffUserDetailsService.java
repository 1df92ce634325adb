package com.collection.web.security;

import com.collection.core.staff.StaffMember;
import com.collection.core.staff.StaffMembers;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Signs staff in from the staff table. */
@Component
class StaffUserDetailsService implements UserDetailsService {

  private final StaffMembers staff;

  StaffUserDetailsService(StaffMembers staff) {
    this.staff = staff;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    // byUsername refuses a name outside the pattern before it reaches the database
    StaffMember member = staff.byUsername(username)
        .orElseThrow(() -> new UsernameNotFoundException("no such staff member"));
    return new StaffPrincipal(member.id(), member.username(), member.passwordHash(),
        member.displayName(), member.role().name(), member.enabled(), member.mustChangePassword());
  }
}
