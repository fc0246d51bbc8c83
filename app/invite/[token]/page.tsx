import type { Metadata } from "next";
import { getLinkPageTitle, OneTimeLinkPage } from "@/components/account/one-time-link-page";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // The token stays out of the title, the history and any referrer.
  return { title: await getLinkPageTitle((await params).token, "INVITE"), referrer: "no-referrer" };
}

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  return <OneTimeLinkPage token={token} purpose="INVITE" />;
}
