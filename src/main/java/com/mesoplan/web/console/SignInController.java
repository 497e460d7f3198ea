package com.mesoplan.web.console;

import com.mesoplan.clinic.Clinic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: the button that spends a one-time link, the password form, or, when neither
 * is configured, how to switch the console on (and nothing else).
 */
@Controller
class SignInController {

  private final boolean linkSignIn;
  private final boolean passwordSignIn;

  SignInController(Clinic clinic, ConsoleSettings settings,
      @Value("${telegram.bot-token:}") String botToken) {
    this.linkSignIn = !botToken.isBlank()
        && (clinic.staffChatId().isPresent() || !clinic.staffIds().isEmpty());
    this.passwordSignIn = settings.passwordSignIn();
  }

  @GetMapping("/console/sign-in")
  String signIn(@RequestParam(defaultValue = "") String token,
      @RequestParam(defaultValue = "") String refused, Model model) {
    model.addAttribute("linkSignIn", linkSignIn);
    model.addAttribute("passwordSignIn", passwordSignIn);
    model.addAttribute("token", token.matches("[A-Za-z0-9-]{1,64}") ? token : "");
    model.addAttribute("refused", refused);
    return "console/sign-in";
  }
}
