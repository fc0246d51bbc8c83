import type { Metadata } from "next";
import { getLinkPageTitle, OneTimeLinkPage } from "@/components/account/one-time-link-page";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await getLinkPageTitle((await params).token, "RESET"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  return <OneTimeLinkPage token={token} purpose="RESET" />;
}
