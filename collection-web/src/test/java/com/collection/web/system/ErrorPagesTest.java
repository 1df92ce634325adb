package com.collection.web.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.web.support.WebAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebAppTest
class ErrorPagesTest {

  @Autowired
  MockMvc mvc;

  @Test
  void healthIsPublic() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("UP")));
  }

  @Test
  void otherActuatorEndpointsNeedAnAdmin() throws Exception {
    mvc.perform(get("/actuator/info")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/actuator/info").with(user("clerk").roles("STAFF")))
        .andExpect(status().isForbidden());
  }

  @Test
  void pagesNeedASignIn() throws Exception {
    mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
  }

  @Test
  void anUnknownPageIsA404InChineseWithoutAStackTrace() throws Exception {
    mvc.perform(get("/no/such/page").with(user("clerk").roles("STAFF")))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("您要找的页面或记录不存在")))
        .andExpect(content().string(not(containsString("Exception"))));
  }

  @Test
  void theNotFoundPageSpeaksEnglishWhenAsked() throws Exception {
    mvc.perform(get("/no/such/page").param("lang", "en").with(user("clerk").roles("STAFF")))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("does not exist")));
  }
}
