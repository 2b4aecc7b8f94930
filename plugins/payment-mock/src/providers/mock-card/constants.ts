/** Medusa ids the provider `pp_<identifier>_<id>`; every configured instance starts with this. */
export const MOCK_CARD_PROVIDER_PREFIX = "pp_mock-card_"
