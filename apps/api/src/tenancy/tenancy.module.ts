import { Global, Module } from '@nestjs/common';
import { PartnershipAccess } from './partnership-access';

@Global()
@Module({ providers: [PartnershipAccess], exports: [PartnershipAccess] })
export class TenancyModule {}
