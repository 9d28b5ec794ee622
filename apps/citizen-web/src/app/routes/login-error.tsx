import { LoginErrorContent } from '@opencpi/ui';
import { useSearchParams } from 'react-router-dom';

/** /accesso/errore?code=nr19|…|invalid|level|forbidden&ref=<correlation id>: where the API sends a failed login. */
export function LoginErrorRoute() {
  const [params] = useSearchParams();
  return <LoginErrorContent code={params.get('code')} reference={params.get('ref')} eidasId={params.get('eidasId')} retryPath="/" helpPath="/aiuto" />;
}
