import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaService } from "@medusajs/framework/utils"
import type { CustomerAccountsOptions } from "../../lib/options"
import { assertClientIdentityConfig } from "../../lib/client-ip"
import { resolveOptions } from "../../lib/options"
import { emailpassHashConfig, warmUpDummyHash } from "../../lib/passwords"
import { CustomerProfile } from "./models/customer-profile"
import type { Credential, RevocationKnex } from "./revocation"
import { RevocationList } from "./revocation"
import type { KnexLike, ThrottleVerdict } from "./throttle"
import { AccountThrottle } from "./throttle"

type InjectedDependencies = Record<string, unknown>

/**
 * Customer profiles (username, title, birthday) and the login/registration
 * throttle. Plugin options arrive here as module options.
 */
class CustomerAccountsModuleService extends MedusaService({ CustomerProfile }) {
  protected readonly throttle_: AccountThrottle
  protected readonly container_: InjectedDependencies
  protected readonly revocations_: RevocationList

  constructor(container: InjectedDependencies, options?: CustomerAccountsOptions) {
    super(container, options)
    this.container_ = container
    const resolved = resolveOptions(options)
    // A wrong TRUSTED_PROXIES or a weak CLIENT_ADDRESS_SECRET stops the start, not the first login.
    assertClientIdentityConfig(process.env)
    this.throttle_ = new AccountThrottle(resolved, () => container[ContainerRegistrationKeys.PG_CONNECTION] as KnexLike)
    this.revocations_ = new RevocationList(() => container[ContainerRegistrationKeys.PG_CONNECTION] as RevocationKnex)
  }

  __hooks = {
    onApplicationStart: async (): Promise<void> => {
      const config = this.container_[ContainerRegistrationKeys.CONFIG_MODULE] as ConfigModule
      await warmUpDummyHash(emailpassHashConfig(config))
    },
    onApplicationShutdown: async (): Promise<void> => {
      await this.throttle_.close()
    },
  }

  /** Counts a login attempt before its password is verified (see AccountThrottle.beginLogin). */
  beginLoginAttempt(account: string, ip: string): Promise<ThrottleVerdict> {
    return this.throttle_.beginLogin(account, ip)
  }

  loginSucceeded(account: string, ip: string): Promise<void> {
    return this.throttle_.loginSucceeded(account, ip)
  }

  consumePasswordResetRequest(account: string, ip: string): Promise<ThrottleVerdict> {
    return this.throttle_.consumePasswordReset(account, ip)
  }

  /** A logged-out bearer token, refused until it would have expired anyway. */
  revokeToken(token: string, expiresAtMs: number): Promise<void> {
    return this.revocations_.revokeToken(token, expiresAtMs)
  }

  /** Ends the identity's tokens and sessions issued before `notBefore` (Unix seconds), except `keptToken`. */
  revokeIdentityCredentials(authIdentityId: string, notBefore: number, keptToken?: string): Promise<void> {
    return this.revocations_.revokeIdentity(authIdentityId, notBefore, keptToken)
  }

  isCredentialRevoked(credential: Credential): Promise<boolean> {
    return this.revocations_.isRevoked(credential)
  }

  consumeRegistrationAttempt(ip: string): Promise<ThrottleVerdict> {
    return this.throttle_.consumeRegistration(ip)
  }
}

export default CustomerAccountsModuleService
