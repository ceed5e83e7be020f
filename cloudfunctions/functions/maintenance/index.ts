import { makeMaintenanceMain } from '../entry'

export const main = makeMaintenanceMain()
