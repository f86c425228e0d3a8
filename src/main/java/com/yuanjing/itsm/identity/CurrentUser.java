package com.yuanjing.itsm.identity;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user signed in for the current request, as the engine authenticated them. */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * The user's id when they are a member of one of {@code groups}.
   *
   * @throws AccessRefusedException with {@code refusal} (Chinese, shown to the user) otherwise, and when
   *     nobody is signed in
   */
  public String requireMemberOf(String refusal, ItsmGroup... groups) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || !isMember(user, groups)) {
      throw new AccessRefusedException(refusal);
    }
    return user.getUserId();
  }

  /** Whether the signed-in user is a member of one of {@code groups}; false when nobody is signed in. */
  public boolean isMemberOf(ItsmGroup... groups) {
    Authentication user = identityService.getCurrentAuthentication();
    return user != null && isMember(user, groups);
  }

  private static boolean isMember(Authentication user, ItsmGroup... groups) {
    List<String> memberOf = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return Arrays.stream(groups).anyMatch(group -> memberOf.contains(group.id()));
  }
}
