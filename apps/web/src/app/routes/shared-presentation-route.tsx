import { useParams } from 'react-router';
import { SharedPresentation } from '../../features/shared-presentation/components/shared-presentation';

/** A presentation opened from a shared link, by someone who may have no account. */
export function SharedPresentationRoute() {
  const { token = '' } = useParams();
  return <SharedPresentation token={token} />;
}
