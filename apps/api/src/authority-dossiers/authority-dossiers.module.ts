import { Module } from '@nestjs/common';
import { AtlasSheetController } from './atlas-sheet.controller';
import { AtlasSheetService } from './atlas-sheet.service';
import { AuthorityPartnershipsReader } from './authority-partnerships.reader';
import { HandoverDossierController } from './handover-dossier.controller';
import { HandoverDossierService } from './handover-dossier.service';

/**
 * The authority-wide outputs read across its partnerships (docs/atlas-and-handover.md): its sheet for the
 * national atlas of decentralised cooperation, and the handover dossier for a new team.
 */
@Module({
  controllers: [AtlasSheetController, HandoverDossierController],
  providers: [AuthorityPartnershipsReader, AtlasSheetService, HandoverDossierService],
})
export class AuthorityDossiersModule {}
