/**
 * The access use cases: administering accounts and API tokens, and authenticating callers.
 *
 * <p>Their records (accounts, tokens, roles, sign-in results) live in
 * {@link org.tremplin.application.access}, beside {@code Actor} and {@code Permission}, which the
 * outbound ports and {@code UseCaseSupport} already depend on. The use cases themselves cannot
 * live there: they need those outbound ports and {@code UseCaseSupport}, which would close a
 * cycle between application packages (forbidden by the architecture rules). Hence this package,
 * which depends on {@code access}, {@code port.out} and {@code support}, and nothing depends on.
 *
 * @see "docs/adr/0004-accounts-tokens-authentication.md"
 */
package org.tremplin.application.security;
