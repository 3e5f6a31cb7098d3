import type { ChaoChatElement } from '@chao/widget'
import type { DetailedHTMLProps, HTMLAttributes } from 'react'

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'chao-chat': DetailedHTMLProps<HTMLAttributes<ChaoChatElement>, ChaoChatElement> & {
        locale?: 'vi' | 'en'
        faq?: string
        server?: string
        mode?: 'floating' | 'inline' | 'fullpage'
        position?: 'left' | 'right'
        'primary-color'?: string
        consent?: 'implicit' | 'required'
      }
    }
  }
}
