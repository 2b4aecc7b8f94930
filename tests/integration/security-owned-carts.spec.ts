import { ownedCartsSuite } from "../helpers/owned-carts-suite"
import { shopIntegrationRunner } from "../helpers/test-runner"

jest.setTimeout(240000)

shopIntegrationRunner({ testSuite: ownedCartsSuite })
