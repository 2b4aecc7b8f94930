import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaService } from "@medusajs/framework/utils"
import type { CustomerAccountsOptions } from "../../lib/options"
import { resolveOptions } from "../../lib/options"
import { emailpassHashConfig, warmUpDummyHash } from "../../lib/passwords"
import { CustomerProfile } from "./models/customer-profile"
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

  constructor(container: InjectedDependencies, options?: CustomerAccountsOptions) {
    super(container, options)
    this.container_ = container
    const resolved = resolveOptions(options)
    this.throttle_ = new AccountThrottle(resolved, () => container[ContainerRegistrationKeys.PG_CONNECTION] as KnexLike)
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

  checkLoginThrottle(login: string, ip: string): Promise<ThrottleVerdict> {
    return this.throttle_.checkLogin(login, ip)
  }

  recordLoginFailure(login: string, ip: string): Promise<void> {
    return this.throttle_.recordLoginFailure(login, ip)
  }

  recordLoginSuccess(login: string): Promise<void> {
    return this.throttle_.recordLoginSuccess(login)
  }

  consumeRegistrationAttempt(ip: string): Promise<ThrottleVerdict> {
    return this.throttle_.consumeRegistration(ip)
  }
}

export default CustomerAccountsModuleService
