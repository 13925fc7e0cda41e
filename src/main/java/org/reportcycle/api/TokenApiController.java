package org.reportcycle.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.reportcycle.security.token.ApiTokens;
import org.reportcycle.security.token.IssuedToken;
import org.reportcycle.security.token.TokenInfo;
import org.reportcycle.security.token.TokenRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens: a person's own (personal) and, for administrators, those of other systems. These calls take a
 * person's login (HTTP Basic), never a token: a token cannot make tokens.
 */
@RestController
@Tag(name = "令牌 tokens", description = "API 令牌的签发与撤销 / Issuing and revoking API tokens")
class TokenApiController {

    private final ApiTokens tokens;

    TokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/api/v1/tokens")
    @Operation(
            summary = "我的令牌 / My tokens",
            description = "调用者本人的个人令牌（不含令牌本身）。/ The caller's personal tokens (never the secret).")
    List<TokenInfo> mine() {
        return tokens.mine();
    }

    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "签发个人令牌 / Issue a personal token",
            description = "权限不超过本人；令牌只在此应答中出现一次。/ At most the caller's own rights; the token "
                    + "appears in this answer only.")
    IssuedToken issuePersonal(@RequestBody TokenRequest request) {
        return tokens.issuePersonal(request);
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @Operation(
            summary = "撤销令牌 / Revoke a token",
            description = "立即生效；本人可撤销自己的个人令牌，管理员可撤销任何令牌。/ Takes effect at once; owners "
                    + "revoke their personal tokens, administrators any token.")
    TokenInfo revoke(@PathVariable Long id) {
        return tokens.revoke(id);
    }

    @GetMapping("/api/v1/admin/tokens")
    @Operation(
            summary = "系统令牌 / System tokens",
            description = "为其他系统签发的全部令牌（管理员）。/ Every token issued for another system (administrators).")
    List<TokenInfo> systemTokens() {
        return tokens.systemTokens();
    }

    @PostMapping("/api/v1/admin/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "签发系统令牌 / Issue a system token",
            description = "管理员为其他系统签发，可限定单位（含下级）与权限范围。/ Administrators issue a token for "
                    + "another system, optionally limited to units (with their sub-trees) and scopes.")
    IssuedToken issueSystem(@RequestBody TokenRequest request) {
        return tokens.issueSystem(request);
    }
}
